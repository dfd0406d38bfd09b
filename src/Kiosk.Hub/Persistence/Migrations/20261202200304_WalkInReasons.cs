using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kiosk.Hub.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WalkInReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WalkInReason",
                table: "Appointments",
                type: "TEXT",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WalkInReason",
                table: "Appointments");
        }
    }
}

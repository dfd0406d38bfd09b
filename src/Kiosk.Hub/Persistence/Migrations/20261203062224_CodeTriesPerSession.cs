using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kiosk.Hub.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CodeTriesPerSession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CodeTries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kiosk = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Session = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeTries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CodeTries_AppointmentId_At",
                table: "CodeTries",
                columns: new[] { "AppointmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CodeTries_Kiosk_At",
                table: "CodeTries",
                columns: new[] { "Kiosk", "At" });

            // Wrong codes were counted per kiosk in KioskWrongTries; they are counted here now.
            migrationBuilder.Sql("DELETE FROM \"KioskWrongTries\" WHERE \"Kind\" = 'code';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CodeTries");
        }
    }
}

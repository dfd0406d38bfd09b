using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kiosk.Hub.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ShownEstimatesWalkInsMoves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ToProvider",
                table: "VisitEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WalkIn",
                table: "Appointments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ShownEstimates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Low = table.Column<int>(type: "INTEGER", nullable: false),
                    Likely = table.Column<int>(type: "INTEGER", nullable: false),
                    High = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShownEstimates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ShownEstimates_Day",
                table: "ShownEstimates",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_ShownEstimates_VisitId",
                table: "ShownEstimates",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShownEstimates");

            migrationBuilder.DropColumn(
                name: "ToProvider",
                table: "VisitEvents");

            migrationBuilder.DropColumn(
                name: "WalkIn",
                table: "Appointments");
        }
    }
}

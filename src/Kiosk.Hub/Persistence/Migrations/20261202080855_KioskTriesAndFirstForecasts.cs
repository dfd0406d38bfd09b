using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kiosk.Hub.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KioskTriesAndFirstForecasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FirstForecasts",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Low = table.Column<int>(type: "INTEGER", nullable: false),
                    Likely = table.Column<int>(type: "INTEGER", nullable: false),
                    High = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirstForecasts", x => x.VisitId);
                });

            migrationBuilder.CreateTable(
                name: "KioskWrongTries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kiosk = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KioskWrongTries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FirstForecasts_Day",
                table: "FirstForecasts",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_KioskWrongTries_Kind_Kiosk_At",
                table: "KioskWrongTries",
                columns: new[] { "Kind", "Kiosk", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FirstForecasts");

            migrationBuilder.DropTable(
                name: "KioskWrongTries");
        }
    }
}

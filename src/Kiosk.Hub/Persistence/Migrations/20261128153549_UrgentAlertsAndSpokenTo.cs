using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kiosk.Hub.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UrgentAlertsAndSpokenTo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SpokenTo",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    NextPromiseBy = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpokenTo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UrgentAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    GoingBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GoingAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrgentAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SpokenTo_Day",
                table: "SpokenTo",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentAlerts_Day",
                table: "UrgentAlerts",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentAlerts_VisitId",
                table: "UrgentAlerts",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpokenTo");

            migrationBuilder.DropTable(
                name: "UrgentAlerts");
        }
    }
}

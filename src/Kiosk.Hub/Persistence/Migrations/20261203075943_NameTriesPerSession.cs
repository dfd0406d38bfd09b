using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kiosk.Hub.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NameTriesPerSession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Names were the last kind counted per kiosk in KioskWrongTries; they are counted per session in
            // NameTries now. The old rows (ten minutes' worth at most) are not carried over: they have no session.
            migrationBuilder.DropTable(
                name: "KioskWrongTries");

            migrationBuilder.CreateTable(
                name: "NameTries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kiosk = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Session = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NameTries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NameTries_Kiosk_At",
                table: "NameTries",
                columns: new[] { "Kiosk", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NameTries");

            migrationBuilder.CreateTable(
                name: "KioskWrongTries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kiosk = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KioskWrongTries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KioskWrongTries_Kind_Kiosk_At",
                table: "KioskWrongTries",
                columns: new[] { "Kind", "Kiosk", "At" });
        }
    }
}

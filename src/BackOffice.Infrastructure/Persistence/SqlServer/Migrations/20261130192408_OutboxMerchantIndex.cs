using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OutboxMerchantIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_MerchantId_Id",
                table: "OutboxEvents",
                columns: new[] { "MerchantId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxEvents_MerchantId_Id",
                table: "OutboxEvents");
        }
    }
}

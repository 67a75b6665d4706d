using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatusLedAmountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_CapturedAmount_Id_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "CapturedAmount", "Id", "CreatedAt", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_RefundedAmount_Id_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "RefundedAmount", "Id", "CreatedAt", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_CapturedAmount_Id_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_RefundedAmount_Id_CreatedAt_Amount",
                table: "Orders");
        }
    }
}

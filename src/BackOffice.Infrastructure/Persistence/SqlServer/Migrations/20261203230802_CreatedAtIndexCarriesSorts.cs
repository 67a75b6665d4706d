using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CreatedAtIndexCarriesSorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id_Status_Amount",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id_Status_CapturedAmount_RefundedAmount_LastOperationTime_CustomerId_OrderId_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "CreatedAt", "Id", "Status", "CapturedAmount", "RefundedAmount", "LastOperationTime", "CustomerId", "OrderId", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id_Status_CapturedAmount_RefundedAmount_LastOperationTime_CustomerId_OrderId_Amount",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id_Status_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "CreatedAt", "Id", "Status", "Amount" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AmountIndexCarriesSorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Amount_Id_Status_CreatedAt",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Amount_Id_Status_CreatedAt_CapturedAmount_RefundedAmount_LastOperationTime_CustomerId_OrderId",
                table: "Orders",
                columns: new[] { "MerchantId", "Amount", "Id", "Status", "CreatedAt", "CapturedAmount", "RefundedAmount", "LastOperationTime", "CustomerId", "OrderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Amount_Id_Status_CreatedAt_CapturedAmount_RefundedAmount_LastOperationTime_CustomerId_OrderId",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Amount_Id_Status_CreatedAt",
                table: "Orders",
                columns: new[] { "MerchantId", "Amount", "Id", "Status", "CreatedAt" });
        }
    }
}

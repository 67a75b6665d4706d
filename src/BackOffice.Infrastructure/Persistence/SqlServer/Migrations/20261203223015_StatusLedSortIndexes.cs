using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatusLedSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_Amount_Id_CreatedAt",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "Amount", "Id", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_CreatedAt_Id_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "CreatedAt", "Id", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_CustomerId_Id_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "CustomerId", "Id", "CreatedAt", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_LastOperationTime_Id_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "LastOperationTime", "Id", "CreatedAt", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_OrderId_Id_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "OrderId", "Id", "CreatedAt", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_Amount_Id_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_CreatedAt_Id_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_CustomerId_Id_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_LastOperationTime_Id_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_OrderId_Id_CreatedAt_Amount",
                table: "Orders");
        }
    }
}

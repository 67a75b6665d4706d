using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListingIndexesCarryFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Amount_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Amount_Status",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CapturedAmount_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CustomerId_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_LastOperationTime_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_RefundedAmount_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_Id",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Amount_Id_Status_CreatedAt",
                table: "Orders",
                columns: new[] { "MerchantId", "Amount", "Id", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CapturedAmount_Id_Status_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "CapturedAmount", "Id", "Status", "CreatedAt", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id_Status_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "CreatedAt", "Id", "Status", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CustomerId_Id_Status_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "CustomerId", "Id", "Status", "CreatedAt", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_LastOperationTime_Id_Status_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "LastOperationTime", "Id", "Status", "CreatedAt", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_RefundedAmount_Id_Status_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "RefundedAmount", "Id", "Status", "CreatedAt", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_Id_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "Id", "CreatedAt", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Amount_Id_Status_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CapturedAmount_Id_Status_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id_Status_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CustomerId_Id_Status_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_LastOperationTime_Id_Status_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_RefundedAmount_Id_Status_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_Status_Id_CreatedAt_Amount",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Amount_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "Amount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Amount_Status",
                table: "Orders",
                columns: new[] { "MerchantId", "Amount", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CapturedAmount_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CapturedAmount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CustomerId_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CustomerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_LastOperationTime_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "LastOperationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_RefundedAmount_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "RefundedAmount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "Id" });
        }
    }
}

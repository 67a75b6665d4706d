using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrderIdListingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_OrderId_Id_Status_CreatedAt_Amount",
                table: "Orders",
                columns: new[] { "MerchantId", "OrderId", "Id", "Status", "CreatedAt", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_OrderId_Id_Status_CreatedAt_Amount",
                table: "Orders");
        }
    }
}

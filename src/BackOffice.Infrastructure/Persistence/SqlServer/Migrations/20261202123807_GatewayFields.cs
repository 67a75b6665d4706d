using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GatewayFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ContractExpiryDate",
                table: "Contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeactivatedByApiKeyId",
                table: "Contracts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeactivationCorrelationId",
                table: "Contracts",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CustomField_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CustomField", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CustomField_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CustomField", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CustomField_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_MerchantId_CustomField_Id",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ContractExpiryDate",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "DeactivatedByApiKeyId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "DeactivationCorrelationId",
                table: "Contracts");
        }
    }
}

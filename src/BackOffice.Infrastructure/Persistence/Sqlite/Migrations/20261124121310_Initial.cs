using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Merchants",
                columns: table => new
                {
                    MerchantId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Merchants", x => x.MerchantId);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MerchantId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", precision: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_Merchants_MerchantId",
                        column: x => x.MerchantId,
                        principalTable: "Merchants",
                        principalColumn: "MerchantId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MerchantId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ContractId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 27, nullable: false),
                    ContractType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FrequencyDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpiryDate = table.Column<string>(type: "TEXT", unicode: false, maxLength: 5, nullable: true),
                    PaymentMethod = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    PaymentCircuit = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    PaymentInstrumentInfo = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", precision: 3, nullable: false),
                    DeactivatedAt = table.Column<DateTime>(type: "TEXT", precision: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Merchants_MerchantId",
                        column: x => x.MerchantId,
                        principalTable: "Merchants",
                        principalColumn: "MerchantId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MerchantId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 27, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 27, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CustomField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", precision: 3, nullable: false),
                    AuthorizedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    CapturedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    LastOperationType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    LastOperationTime = table.Column<DateTime>(type: "TEXT", precision: 3, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Merchants_MerchantId",
                        column: x => x.MerchantId,
                        principalTable: "Merchants",
                        principalColumn: "MerchantId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MerchantId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    OrderKey = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 27, nullable: false),
                    OperationId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    OperationType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OperationResult = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OperationAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    OperationCurrency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    OperationTime = table.Column<DateTime>(type: "TEXT", precision: 3, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    PaymentCircuit = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    PaymentInstrumentInfo = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    ParentOperationId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ContractId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    ApiKeyId = table.Column<long>(type: "INTEGER", nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operations_Orders_OrderKey",
                        column: x => x.OrderKey,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_MerchantId",
                table: "ApiKeys",
                column: "MerchantId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_MerchantId_ContractId",
                table: "Contracts",
                columns: new[] { "MerchantId", "ContractId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_MerchantId_CustomerId_CreatedAt_Id",
                table: "Contracts",
                columns: new[] { "MerchantId", "CustomerId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_Channel_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "Channel", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_ContractId_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "ContractId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_Description_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "Description", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_OperationAmount_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "OperationAmount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_OperationCurrency_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "OperationCurrency", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_OperationId_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "OperationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_OperationResult_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "OperationResult", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_OperationTime_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "OperationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_OperationType_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "OperationType", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_OrderId_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "OrderId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_ParentOperationId_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "ParentOperationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_PaymentCircuit_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "PaymentCircuit", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_PaymentInstrumentInfo_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "PaymentInstrumentInfo", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_MerchantId_PaymentMethod_Id",
                table: "Operations",
                columns: new[] { "MerchantId", "PaymentMethod", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_OperationId",
                table: "Operations",
                column: "OperationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Operations_OrderKey",
                table: "Operations",
                column: "OrderKey");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Amount_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "Amount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_AuthorizedAmount_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "AuthorizedAmount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CapturedAmount_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CapturedAmount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Channel_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "Channel", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Currency_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "Currency", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_CustomerId_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "CustomerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Description_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "Description", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_LastOperationTime_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "LastOperationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_LastOperationType_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "LastOperationType", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_OrderId",
                table: "Orders",
                columns: new[] { "MerchantId", "OrderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_RefundedAmount_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "RefundedAmount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_MerchantId_Status_Id",
                table: "Orders",
                columns: new[] { "MerchantId", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "Contracts");

            migrationBuilder.DropTable(
                name: "Operations");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "Merchants");
        }
    }
}

using System;
using BackOffice.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <summary>
    /// The per-quarter-hour totals of the orders, filled from the orders there and kept by a trigger from then on. The
    /// backfill's shared lock on Orders lasts to the end of the migration's transaction, so no order is written between
    /// the backfill and the trigger. CREATE TRIGGER must open its batch: EXEC gives it one, also inside the idempotent
    /// script's IF blocks.
    /// </summary>
    public partial class OrderVolumes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrderVolumes",
                columns: table => new
                {
                    MerchantId = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "datetime2(3)", precision: 3, nullable: false),
                    Currency = table.Column<string>(type: "char(3)", unicode: false, fixedLength: true, maxLength: 3, nullable: false, collation: "Latin1_General_100_BIN2"),
                    OrderCount = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    CapturedCount = table.Column<int>(type: "int", nullable: false),
                    CapturedAmount = table.Column<long>(type: "bigint", nullable: false),
                    RefundedCount = table.Column<int>(type: "int", nullable: false),
                    RefundedAmount = table.Column<long>(type: "bigint", nullable: false),
                    PendingCount = table.Column<int>(type: "int", nullable: false),
                    PendingAmount = table.Column<long>(type: "bigint", nullable: false),
                    DeclinedCount = table.Column<int>(type: "int", nullable: false),
                    DeclinedAmount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderVolumes", x => new { x.MerchantId, x.PeriodStart, x.Currency });
                });

            migrationBuilder.Sql(OrderVolumeTriggers.SqlServer.Backfill());
            migrationBuilder.Sql($"EXEC(N'{OrderVolumeTriggers.SqlServer.CreateTrigger().Replace("'", "''", StringComparison.Ordinal)}');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OrderVolumeTriggers.SqlServer.DropTrigger());
            migrationBuilder.DropTable(
                name: "OrderVolumes");
        }
    }
}

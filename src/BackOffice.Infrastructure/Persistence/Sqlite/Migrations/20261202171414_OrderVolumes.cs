using System;
using BackOffice.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <summary>
    /// The per-quarter-hour totals of the orders, filled from the orders there and kept by triggers from then on. The
    /// migration's transaction holds SQLite's write lock: no order is written between the backfill and the triggers.
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
                    MerchantId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "TEXT", precision: 3, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    OrderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    CapturedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CapturedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RefundedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    PendingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclinedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclinedAmount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderVolumes", x => new { x.MerchantId, x.PeriodStart, x.Currency });
                });

            migrationBuilder.Sql(OrderVolumeTriggers.Sqlite.Backfill());
            foreach (var trigger in OrderVolumeTriggers.Sqlite.CreateTriggers())
            {
                migrationBuilder.Sql(trigger);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var drop in OrderVolumeTriggers.Sqlite.DropTriggers())
            {
                migrationBuilder.Sql(drop);
            }

            migrationBuilder.DropTable(
                name: "OrderVolumes");
        }
    }
}

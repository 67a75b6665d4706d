using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MerchantEventSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastEventSequence",
                table: "Merchants",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Events were numbered per order until now: number the stored ones per merchant, in commit (Id) order, and start
            // each merchant's counter after them. Negated first: the (OrderKey, Sequence) unique index is checked row by row.
            migrationBuilder.Sql("""
                UPDATE "OutboxEvents" SET "Sequence" = -"Sequence";
                UPDATE "OutboxEvents" SET "Sequence" = r.n
                FROM (SELECT "Id", ROW_NUMBER() OVER (PARTITION BY "MerchantId" ORDER BY "Id") AS n FROM "OutboxEvents") AS r
                WHERE r."Id" = "OutboxEvents"."Id";
                UPDATE "Merchants" SET "LastEventSequence" =
                    COALESCE((SELECT MAX(o."Sequence") FROM "OutboxEvents" AS o WHERE o."MerchantId" = "Merchants"."MerchantId"), 0);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_MerchantId_Sequence",
                table: "OutboxEvents",
                columns: new[] { "MerchantId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxEvents_MerchantId_Sequence",
                table: "OutboxEvents");

            migrationBuilder.DropColumn(
                name: "LastEventSequence",
                table: "Merchants");
        }
    }
}

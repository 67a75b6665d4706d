using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Infrastructure.Persistence.SqlServer.Migrations
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Events were numbered per order until now: number the stored ones per merchant, in commit (Id) order, and start
            // each merchant's counter after them. EXEC: in the idempotent script these share a batch with the ALTER TABLE,
            // and a batch naming a column it adds does not compile.
            migrationBuilder.Sql("""
                EXEC(N'WITH r AS (SELECT [Sequence], ROW_NUMBER() OVER (PARTITION BY [MerchantId] ORDER BY [Id]) AS n FROM [OutboxEvents])
                UPDATE r SET [Sequence] = n;');
                """);
            migrationBuilder.Sql("""
                EXEC(N'UPDATE m SET [LastEventSequence] = COALESCE((SELECT MAX(o.[Sequence]) FROM [OutboxEvents] AS o WHERE o.[MerchantId] = m.[MerchantId]), 0)
                FROM [Merchants] AS m;');
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

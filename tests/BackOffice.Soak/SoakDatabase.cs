using Microsoft.Data.Sqlite;

namespace BackOffice.Soak;

/// <summary>The instances' SQLite file read directly (WAL: reading never blocks their writers): the committed truth the checks compare with.</summary>
public sealed class SoakDatabase(string path)
{
    public sealed record CommittedEvent(long Row, string EventId, DateTime OccurredAt, bool Sent);

    public string ConnectionString { get; } = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    /// <summary>The newest outbox row now: events after it belong to the soak.</summary>
    public async Task<long> LastEventRowAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(Id), 0) FROM OutboxEvents";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every outbox event of the merchant committed after row <paramref name="afterRow"/>.</summary>
    public async Task<List<CommittedEvent>> EventsAsync(string merchantId, long afterRow)
    {
        var events = new List<CommittedEvent>();
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, EventId, OccurredAt, SentAt IS NOT NULL FROM OutboxEvents WHERE MerchantId = $merchant AND Id > $after ORDER BY Id";
        command.Parameters.AddWithValue("$merchant", merchantId);
        command.Parameters.AddWithValue("$after", afterRow);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(new CommittedEvent(reader.GetInt64(0), reader.GetString(1), DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc), reader.GetBoolean(3)));
        }

        return events;
    }

    /// <summary>Orders whose totals break the money rules: more refunded than captured, or more captured than authorized.</summary>
    public async Task<(int Orders, List<string> Broken)> MoneyAsync()
    {
        await using var connection = await OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Orders";
        var orders = Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT OrderId || ': authorized ' || AuthorizedAmount || ', captured ' || CapturedAmount || ', refunded ' || RefundedAmount
            FROM Orders WHERE RefundedAmount > CapturedAmount OR CapturedAmount > AuthorizedAmount
            """;
        var broken = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            broken.Add(reader.GetString(0));
        }

        return (orders, broken);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 5000;";
        await busy.ExecuteNonQueryAsync();
        return connection;
    }
}

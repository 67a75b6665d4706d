using Microsoft.Data.Sqlite;

namespace BackOffice.Benchmarks;

/// <summary>
/// The database a run measures: a copy of the seeded one, made afresh for each run. The runs write (refunds, fan-out
/// events), and a reused database kept those writes: the newest orders gathered refund after refund, run after run, so
/// "50 orders with their operations" read more rows each time and no two runs measured the same page.
/// </summary>
public static class RunDatabase
{
    /// <summary>Copies <paramref name="seeded"/> (its log folded in first) to <paramref name="copy"/>, replacing any earlier copy.</summary>
    public static string CopyOf(string seeded, string copy)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = seeded, Pooling = false }.ToString()))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(copy + suffix);
        }

        File.Copy(seeded, copy, overwrite: true);
        return new SqliteConnectionStringBuilder { DataSource = copy }.ToString();
    }
}

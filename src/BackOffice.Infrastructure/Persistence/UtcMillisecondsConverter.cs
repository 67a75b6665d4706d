using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>
/// Every time is UTC to the millisecond: what the API prints is exactly what is stored, so a client can filter
/// with <c>eq</c> on a time it was given, and SQLite (which keeps no kind) hands back UTC.
/// </summary>
public sealed class UtcMillisecondsConverter() : ValueConverter<DateTime, DateTime>(
    v => Truncate(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    /// <summary>Now, as it will be stored.</summary>
    public static DateTime Now(TimeProvider time) => Truncate(time.GetUtcNow().UtcDateTime);

    public static DateTime Truncate(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}

using System.Globalization;
using System.Text;

namespace BackOffice.Api.Export;

/// <summary>
/// RFC 4180 text: fields separated by commas, records by CRLF; a field holding a comma, a quote or a line break is
/// quoted, its quotes doubled. Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or
/// carriage return) is prefixed with an apostrophe (OWASP's CSV injection advice), so opening an export runs nothing.
/// Records are encoded into a buffer (the server allows no synchronous writes to a response) that
/// <see cref="FlushAsync"/> sends and empties: memory holds what was written since the last flush.
/// </summary>
public sealed class CsvWriter : IAsyncDisposable
{
    private readonly Stream _body;
    private readonly MemoryStream _buffer = new();
    private readonly StreamWriter _writer;

    public CsvWriter(Stream body)
    {
        _body = body;
        _writer = new StreamWriter(_buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\r\n" };
    }

    private bool _lineStarted;

    public void Text(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var guarded = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        if (guarded.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(guarded);
            return;
        }

        _writer.Write('"');
        _writer.Write(guarded.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    /// <summary>A number is written as is: never quoted, never guarded (a negative number is not a formula).</summary>
    public void Number(long value)
    {
        Separate();
        _writer.Write(value.ToString(CultureInfo.InvariantCulture));
    }

    public void EndRecord()
    {
        _writer.WriteLine();
        _lineStarted = false;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        await _body.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken);
        await _body.FlushAsync(cancellationToken);
        _buffer.SetLength(0);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _buffer.DisposeAsync();
    }

    private void Separate()
    {
        if (_lineStarted)
        {
            _writer.Write(',');
        }

        _lineStarted = true;
    }
}

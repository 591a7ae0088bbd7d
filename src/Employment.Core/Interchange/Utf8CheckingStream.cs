using System.Text;
using System.Text.Unicode;

namespace Employment.Core.Interchange;

/// <summary>
/// Passes a file's bytes through unchanged while noting the lines that hold bytes that are not UTF-8
/// and how many bytes have been read. A decoder would only replace bad bytes with U+FFFD and lose
/// where they were; this keeps the line numbers for the error report.
/// </summary>
internal sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private int _line = 1;

    /// <summary>Lines (from 1) with bytes that are not UTF-8, in order.</summary>
    public Queue<int> InvalidLines { get; } = new();

    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Check(buffer[..read], final: read == 0);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Check(buffer.Span[..read], final: read == 0);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Check(ReadOnlySpan<byte> bytes, bool final)
    {
        BytesRead += bytes.Length;
        if (_carryLength > 0)
        {
            // Finish the sequence split across two reads before checking the rest.
            var take = Math.Min(bytes.Length, 4 - _carryLength);
            Span<byte> joined = stackalloc byte[8];
            _carry.AsSpan(0, _carryLength).CopyTo(joined);
            bytes[..take].CopyTo(joined[_carryLength..]);
            var status = Rune.DecodeFromUtf8(joined[..(_carryLength + take)], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.NeedMoreData && !final)
            {
                bytes[..take].CopyTo(_carry.AsSpan(_carryLength));
                _carryLength += take;
                return;
            }
            if (status != System.Buffers.OperationStatus.Done)
            {
                Invalid();
                consumed = Math.Max(1, consumed);
            }
            var fromNew = Math.Max(0, consumed - _carryLength);
            _carryLength = 0;
            bytes = bytes[fromNew..];
        }
        var incomplete = final ? 0 : IncompleteTail(bytes);
        var whole = bytes[..^incomplete];
        if (Utf8.IsValid(whole))
        {
            _line += whole.Count((byte)'\n');
        }
        else
        {
            Scan(whole);
        }
        bytes[^incomplete..].CopyTo(_carry);
        _carryLength = incomplete;
    }

    private void Scan(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                Invalid();
            }
            else if (rune.Value == '\n')
            {
                _line++;
            }
            bytes = bytes[Math.Max(1, consumed)..];
        }
    }

    private void Invalid()
    {
        if (InvalidLines.Count == 0 || InvalidLines.Last() != _line)
        {
            InvalidLines.Enqueue(_line);
        }
    }

    /// <summary>How many bytes at the end start a character that the next read finishes.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }
        return 0;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;

namespace Employment.Core.Interchange;

/// <summary>
/// Rows of text cells as the forward-only <see cref="DbDataReader"/> that Sylvan's CSV writer takes, read one at a time so
/// a large export is never held in memory twice. Every column is a string; a null cell is written empty.
/// </summary>
internal sealed class TextRowsReader(IReadOnlyList<string> header, IEnumerable<string?[]> rows) : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly IEnumerator<string?[]> _rows = rows.GetEnumerator();
    private string?[] _current = [];

    public override int FieldCount => header.Count;
    public override bool HasRows => true;
    public override bool IsClosed => false;
    public override int RecordsAffected => -1;
    public override int Depth => 0;
    public override object this[int ordinal] => GetValue(ordinal);
    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        if (!_rows.MoveNext())
        {
            return false;
        }
        _current = _rows.Current;
        return true;
    }

    public override bool NextResult() => false;
    public override string GetName(int ordinal) => header[ordinal];
    public override int GetOrdinal(string name) => header.ToList().IndexOf(name);
    public override Type GetFieldType(int ordinal) => typeof(string);
    public override string GetDataTypeName(int ordinal) => "string";
    public override bool IsDBNull(int ordinal) => ordinal >= _current.Length || _current[ordinal] is null;
    public override string GetString(int ordinal) => IsDBNull(ordinal) ? "" : _current[ordinal]!;
    public override object GetValue(int ordinal) => IsDBNull(ordinal) ? DBNull.Value : _current[ordinal]!;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }
        return count;
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    public ReadOnlyCollection<DbColumn> GetColumnSchema() =>
        header.Select((name, ordinal) => (DbColumn)new TextColumn(name, ordinal)).ToList().AsReadOnly();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool GetBoolean(int ordinal) => throw TextOnly();
    public override byte GetByte(int ordinal) => throw TextOnly();
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw TextOnly();
    public override char GetChar(int ordinal) => throw TextOnly();
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw TextOnly();
    public override DateTime GetDateTime(int ordinal) => throw TextOnly();
    public override decimal GetDecimal(int ordinal) => throw TextOnly();
    public override double GetDouble(int ordinal) => throw TextOnly();
    public override float GetFloat(int ordinal) => throw TextOnly();
    public override Guid GetGuid(int ordinal) => throw TextOnly();
    public override short GetInt16(int ordinal) => throw TextOnly();
    public override int GetInt32(int ordinal) => throw TextOnly();
    public override long GetInt64(int ordinal) => throw TextOnly();

    private sealed class TextColumn : DbColumn
    {
        public TextColumn(string name, int ordinal)
        {
            ColumnName = name;
            ColumnOrdinal = ordinal;
            DataType = typeof(string);
            DataTypeName = "string";
            AllowDBNull = true;
        }
    }

    private static InvalidCastException TextOnly() => new("Every column of a text rows reader is a string.");
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

namespace Employment.Core.Data;

/// <summary>
/// Writes rows with PostgreSQL's binary COPY, several times faster than SaveChanges or INSERTs for thousands of rows:
/// entities with their columns taken from the EF model (the demo world, benchmark data), or rows of any shape into a
/// table the caller names (the import's staging tables).
/// </summary>
public static partial class BinaryCopy
{
    private sealed record Column(string Name, IClrPropertyGetter Getter, ValueConverter? Converter, string StoreType);

    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex Facets();

    /// <summary>Copies entities into their table. Tables, columns, types and value conversions come from the EF model, so it follows migrations.</summary>
    public static Task CopyAsync<T>(EmploymentDbContext db, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetValueGenerationStrategy(table) == NpgsqlValueGenerationStrategy.None)
            .Where(p => !p.IsConcurrencyToken || p.ValueGenerated == ValueGenerated.Never) // xmin is PostgreSQL's, not ours to write
            .Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), p.GetTypeMapping().Converter, Facets().Replace(p.GetColumnType(), "")))
            .ToList();
        var target = $"\"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))})";
        return CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), target, rows, async (importer, row) =>
        {
            foreach (var column in columns)
            {
                var value = column.Getter.GetClrValue(row);
                if (value is not null && column.Converter is not null)
                {
                    value = column.Converter.ConvertToProvider(value);
                }
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(value, column.StoreType, ct);
                }
            }
        }, ct);
    }

    /// <summary>Copies rows into <paramref name="target"/> (<c>table (column, …)</c>), each row's cells written by <paramref name="write"/> in that order.</summary>
    public static async Task CopyAsync<T>(NpgsqlConnection connection, string target, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            await write(importer, row);
        }
        await importer.CompleteAsync(ct);
    }

    public static Task WriteOrNullAsync<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? importer.WriteAsync(v, type, ct) : importer.WriteNullAsync(ct);

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is not null ? importer.WriteAsync(value, type, ct) : importer.WriteNullAsync(ct);
}

using System.Text.RegularExpressions;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Employment.Seed;

/// <summary>
/// Writes entities with PostgreSQL's binary COPY, several times faster than SaveChanges for thousands
/// of rows. Tables, columns, types and value conversions come from the EF model, so it follows migrations.
/// </summary>
public static partial class BinaryCopy
{
    private sealed record Column(string Name, IClrPropertyGetter Getter, ValueConverter? Converter, string StoreType);

    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex Facets();

    public static async Task CopyAsync<T>(EmploymentDbContext db, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetValueGenerationStrategy(table) == NpgsqlValueGenerationStrategy.None)
            .Where(p => !p.IsConcurrencyToken || p.ValueGenerated == ValueGenerated.Never) // xmin is PostgreSQL's, not ours to write
            .Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), p.GetTypeMapping().Converter, Facets().Replace(p.GetColumnType(), "")))
            .ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
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
        }
        await importer.CompleteAsync(ct);
    }
}

using Employment.Core.Opportunities;
using Npgsql;

namespace Employment.Core.Interchange;

/// <summary>Source ids already in the database, so a dataset may refer to rows imported before.</summary>
internal sealed class ExistingIds
{
    public HashSet<string> Employers { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, OpportunityKind> Vacancies { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Candidates { get; } = new(StringComparer.Ordinal);

    public static async Task<ExistingIds> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var ids = new ExistingIds();
        await ReadAsync(connection, transaction, "SELECT source_id FROM employers WHERE source_id IS NOT NULL", r => ids.Employers.Add(r.GetString(0)), ct);
        await ReadAsync(connection, transaction, "SELECT source_id, kind FROM opportunities WHERE source_id IS NOT NULL", r =>
        {
            if (Data.SnakeCase.TryParse<OpportunityKind>(r.GetString(1), out var kind))
            {
                ids.Vacancies[r.GetString(0)] = kind;
            }
        }, ct);
        await ReadAsync(connection, transaction, "SELECT source_id FROM job_seekers WHERE source_id IS NOT NULL", r => ids.Candidates.Add(r.GetString(0)), ct);
        return ids;
    }

    private static async Task ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Action<NpgsqlDataReader> row, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            row(reader);
        }
    }
}

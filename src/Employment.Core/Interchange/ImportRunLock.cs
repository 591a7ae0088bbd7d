using Npgsql;

namespace Employment.Core.Interchange;

/// <summary>
/// A PostgreSQL session lock held by whichever node is running an import, for as long as it runs. PostgreSQL releases it
/// when that node's connection ends, however it ends (even `kill -9` or a power cut), so a running import whose lock is
/// free has been interrupted (decision 0053).
/// </summary>
public static class ImportRunLock
{
    // "ImpR": the first half of every import run's lock key; the second half is a hash of the run's id.
    private const int Space = 0x496d7052;

    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, Guid runId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@space, hashtext(@run::text))", connection);
        command.Parameters.AddWithValue("space", Space);
        command.Parameters.AddWithValue("run", runId);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task ReleaseAsync(NpgsqlConnection connection, Guid runId)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@space, hashtext(@run::text))", connection);
        command.Parameters.AddWithValue("space", Space);
        command.Parameters.AddWithValue("run", runId);
        await command.ExecuteScalarAsync();
    }
}

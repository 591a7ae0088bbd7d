using System.Data;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Employment.Core.Interchange;

/// <summary>
/// Uploaded import files, kept in the database in pieces so every node can read them and none holds a file in memory
/// whole (decision 0052): written as the upload is read, read back piece by piece by the node that runs the import.
/// </summary>
public sealed class ImportUploads(EmploymentDbContext db)
{
    public const int ChunkBytes = 1 << 20;

    /// <summary>Copies <paramref name="content"/> into the run's upload under <paramref name="fileName"/>; returns the bytes written.</summary>
    public async Task<long> SaveAsync(Guid runId, string fileName, Stream content, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            var buffer = new byte[ChunkBytes];
            long total = 0;
            for (var sequence = 0; ; sequence++)
            {
                var read = await content.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, ct);
                if (read == 0 && sequence > 0)
                {
                    return total;
                }
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO import_upload_chunks (run_id, file_name, sequence, data) VALUES (@run, @name, @sequence, @data)", connection);
                insert.Parameters.AddWithValue("run", runId);
                insert.Parameters.AddWithValue("name", fileName);
                insert.Parameters.AddWithValue("sequence", sequence);
                insert.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea) { Value = new ArraySegment<byte>(buffer, 0, read) });
                await insert.ExecuteNonQueryAsync(ct);
                total += read;
                if (read < ChunkBytes)
                {
                    return total;
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The names of the files uploaded for the run, in order.</summary>
    public Task<List<string>> FileNamesAsync(Guid runId, CancellationToken ct) =>
        db.ImportUploadChunks.Where(c => c.RunId == runId).Select(c => c.FileName).Distinct().OrderBy(n => n).ToListAsync(ct);

    /// <summary>
    /// Writes the run's files into <paramref name="folder"/> (the running import's own scratch folder, deleted when it ends)
    /// one piece at a time. False when the run has no upload (any more).
    /// </summary>
    public async Task<bool> CopyToFolderAsync(Guid runId, string folder, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            await using var select = new NpgsqlCommand(
                "SELECT file_name, data FROM import_upload_chunks WHERE run_id = @run ORDER BY file_name, sequence", connection);
            select.Parameters.AddWithValue("run", runId);
            await using var reader = await select.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            Directory.CreateDirectory(folder);
            FileStream? target = null;
            string? current = null;
            var any = false;
            try
            {
                while (await reader.ReadAsync(ct))
                {
                    any = true;
                    var name = reader.GetString(0);
                    if (name != current)
                    {
                        if (target is not null)
                        {
                            await target.DisposeAsync();
                        }
                        current = name;
                        target = File.Create(Path.Combine(folder, Path.GetFileName(name)));
                    }
                    await using var piece = await reader.GetStreamAsync(1, ct);
                    await piece.CopyToAsync(target!, ct);
                }
            }
            finally
            {
                if (target is not null)
                {
                    await target.DisposeAsync();
                }
            }
            return any;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task DeleteAsync(Guid runId, CancellationToken ct) =>
        db.ImportUploadChunks.Where(c => c.RunId == runId).ExecuteDeleteAsync(ct);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }
}

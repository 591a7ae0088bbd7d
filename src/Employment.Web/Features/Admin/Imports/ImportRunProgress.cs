using System.Diagnostics;
using System.Text.Json;
using Employment.Core.Interchange;
using Npgsql;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>
/// Writes an import's progress onto its run every couple of seconds, on a connection of its own (the import's
/// transaction is not committed until the end), so the result page can show how far it has got.
/// </summary>
public sealed class ImportRunProgress(NpgsqlDataSource dataSource, Guid runId) : IProgress<ImportProgress>
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private string? _stage;

    public void Report(ImportProgress value)
    {
        if (_since.ElapsedMilliseconds < 2000 && value.Stage == _stage)
        {
            return;
        }
        _stage = value.Stage;
        _since.Restart();
        using var command = dataSource.CreateCommand("UPDATE import_runs SET rows_read = @rows, report = @progress::jsonb WHERE id = @id AND status = 'running'");
        command.Parameters.AddWithValue("rows", value.RowsRead);
        command.Parameters.AddWithValue("progress", JsonSerializer.Serialize(new { progress = value }, ImportRunView.Json));
        command.Parameters.AddWithValue("id", runId);
        command.ExecuteNonQuery();
    }
}

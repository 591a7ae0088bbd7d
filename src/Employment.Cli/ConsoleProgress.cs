using System.Diagnostics;
using Employment.Core.Interchange;

namespace Employment.Cli;

/// <summary>Prints progress at most once a second, so small imports stay quiet and big ones show they are moving.</summary>
internal sealed class ConsoleProgress(TextWriter output) : IProgress<ImportProgress>
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private string? _stage;

    public void Report(ImportProgress value)
    {
        if (_since.ElapsedMilliseconds < 1000 && value.Stage == _stage)
        {
            return;
        }
        _stage = value.Stage;
        _since.Restart();
        output.WriteLine(value.Stage switch
        {
            ImportProgress.Reading => $"Reading {value.File}: {value.RowsRead:N0} rows ({value.Percent}% of {value.BytesTotal / 1_048_576.0:0.0} MB)",
            ImportProgress.Checking => $"Checking references between files ({value.RowsRead:N0} rows read)",
            _ => "Loading into the database",
        });
    }
}

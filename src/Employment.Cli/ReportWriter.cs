using Employment.Core.Interchange;

namespace Employment.Cli;

/// <summary>The import report as readable text: what happened, counts per file, then every error.</summary>
internal static class ReportWriter
{
    public static void Write(ImportReport report, TextWriter output)
    {
        output.WriteLine(report.Status switch
        {
            ImportReport.Loaded when report.Errors.Count == 0 => "Imported: every row was loaded.",
            ImportReport.Loaded => $"Imported the good rows. {report.Errors.Count:N0} problem(s) below were skipped.",
            ImportReport.Refused => $"Nothing was imported: fix the {report.Errors.Count:N0} problem(s) below and import again, or use --good-rows-only to load the good rows.",
            _ => "The import failed and nothing was loaded.",
        });
        output.WriteLine();
        output.WriteLine($"{"File",-16} {"Read",9} {"New",9} {"Changed",9} {"Unchanged",9} {"Bad",9} {"Skipped",9}");
        foreach (var file in report.Files.Where(f => f.Present))
        {
            output.WriteLine($"{file.File,-16} {file.Read,9:N0} {file.Added,9:N0} {file.Changed,9:N0} {file.Unchanged,9:N0} {file.Bad,9:N0} {file.Skipped,9:N0}");
        }
        foreach (var file in report.Files.Where(f => !f.Present))
        {
            output.WriteLine($"{file.File,-16} not in the folder");
        }
        output.WriteLine($"Run {report.RunId} took {report.Seconds:0.0}s.");
        if (report.Errors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Problems:");
            foreach (var error in report.Errors)
            {
                output.WriteLine(error);
            }
        }
    }
}

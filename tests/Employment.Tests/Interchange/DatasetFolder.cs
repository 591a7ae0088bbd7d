using System.Text;

namespace Employment.Tests.Interchange;

/// <summary>A dataset folder in temp, usually a copy of the sample, that a test changes line by line.</summary>
public sealed class DatasetFolder : IDisposable
{
    public DatasetFolder(string? copyFrom = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "employment-interchange-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        if (copyFrom is not null)
        {
            foreach (var file in Directory.GetFiles(copyFrom, "*.csv"))
            {
                System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public string Path { get; }

    public static DatasetFolder Sample() => new(ImportDatabase.SampleFolder());

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string text) => System.IO.File.WriteAllText(File(name), text, new UTF8Encoding(false));

    public void WriteBytes(string name, byte[] bytes) => System.IO.File.WriteAllBytes(File(name), bytes);

    public void Delete(string name) => System.IO.File.Delete(File(name));

    /// <summary>Changes line <paramref name="line"/> (1 is the header) of a file.</summary>
    public void Change(string name, int line, Func<string, string> change)
    {
        var lines = System.IO.File.ReadAllText(File(name)).Split("\r\n");
        lines[line - 1] = change(lines[line - 1]);
        Write(name, string.Join("\r\n", lines));
    }

    /// <summary>Sets one cell, by column name, of line <paramref name="line"/>.</summary>
    public void SetCell(string name, int line, string column, string value)
    {
        var header = System.IO.File.ReadLines(File(name)).First().Split(',');
        var index = Array.IndexOf(header, column);
        Change(name, line, text =>
        {
            var cells = Cells(text);
            cells[index] = value;
            return string.Join(',', cells);
        });
    }

    /// <summary>The cells of a line as written, quotes kept, split on commas outside quotes.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                cells.Add(line[start..i]);
                start = i + 1;
            }
        }
        cells.Add(line[start..]);
        return cells;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

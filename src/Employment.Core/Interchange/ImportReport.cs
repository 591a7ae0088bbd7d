using System.Text.Json;
using System.Text.Json.Serialization;

namespace Employment.Core.Interchange;

/// <summary>What an import did: counts per file and every bad row.</summary>
public sealed class ImportReport
{
    public const string Loaded = "loaded";
    public const string Refused = "refused";
    public const string Failed = "failed";

    /// <summary>The report kept in the database lists this many errors; the command line prints them all.</summary>
    public const int StoredErrorLimit = 10_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Guid RunId { get; set; }
    public bool GoodRowsOnly { get; set; }
    public string Status { get; set; } = Refused;
    public List<FileReport> Files { get; set; } = InterchangeFiles.All.Select(f => new FileReport { File = f }).ToList();
    public List<ImportError> Errors { get; set; } = [];
    public int ErrorCount { get; set; }
    public double Seconds { get; set; }

    public FileReport this[string file] => Files.First(f => f.File == file);

    public long RowsRead => Files.Sum(f => f.Read);
    public long RowsLoaded => Files.Sum(f => f.Loaded);

    public string ToJson()
    {
        var stored = new ImportReport
        {
            RunId = RunId,
            GoodRowsOnly = GoodRowsOnly,
            Status = Status,
            Files = Files,
            Errors = Errors.Take(StoredErrorLimit).ToList(),
            ErrorCount = Errors.Count,
            Seconds = Seconds,
        };
        return JsonSerializer.Serialize(stored, Json);
    }

    public static ImportReport? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ImportReport>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

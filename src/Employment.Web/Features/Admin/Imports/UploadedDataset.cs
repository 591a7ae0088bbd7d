using System.IO.Compression;
using Employment.Core.Interchange;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>
/// Saves uploaded CSV files (or the CSV files inside one .zip) through <c>save</c>, which keeps them in the database where every
/// node can read them (decision 0052), streamed as they are read.
/// </summary>
public static class UploadedDataset
{
    /// <summary>What was saved: the problem in plain English, or the files' names and their size together.</summary>
    public sealed record Outcome(string? Problem, IReadOnlyList<string> Names, long Bytes);

    public const string NoFiles = "Select candidates.csv and any of employers.csv, vacancies.csv and placements.csv, or a .zip file holding them";
    public const string NoCandidates = "Include candidates.csv: every import needs it";

    /// <param name="save">Keeps one file's content under its name; returns the bytes kept.</param>
    public static async Task<Outcome> SaveAsync(IReadOnlyList<IFormFile> files, Func<string, Stream, Task<long>> save, long maxBytes, CancellationToken ct)
    {
        var saved = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var problem = await SaveAllAsync(files, save, saved, maxBytes, ct);
        return new Outcome(problem, [.. saved.Keys], saved.Values.Sum());
    }

    private static async Task<string?> SaveAllAsync(IReadOnlyList<IFormFile> files, Func<string, Stream, Task<long>> save, SortedDictionary<string, long> saved, long maxBytes, CancellationToken ct)
    {
        files = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count == 0)
        {
            return NoFiles;
        }
        var tooLarge = $"The files must be {maxBytes / 1_048_576} MB or smaller in total";
        if (files.Sum(f => f.Length) > maxBytes)
        {
            return tooLarge;
        }
        var zips = files.Where(f => Name(f.FileName).EndsWith(".zip", StringComparison.Ordinal)).ToList();
        if (zips.Count > 0)
        {
            if (files.Count > 1)
            {
                return "Upload either one .zip file or the CSV files, not both";
            }
            var problem = await UnzipAsync(zips[0], save, saved, maxBytes, tooLarge, ct);
            if (problem is not null)
            {
                return problem;
            }
        }
        else
        {
            foreach (var file in files)
            {
                var name = Name(file.FileName);
                if (!InterchangeFiles.IsKnown(name))
                {
                    return UnknownName(Path.GetFileName(file.FileName));
                }
                if (saved.ContainsKey(name))
                {
                    return $"You selected {name} twice: select each file once";
                }
                await using var content = file.OpenReadStream();
                saved[name] = await save(name, content);
            }
        }
        return saved.ContainsKey(InterchangeFiles.Candidates) ? null : NoCandidates;
    }

    private static async Task<string?> UnzipAsync(IFormFile upload, Func<string, Stream, Task<long>> save, SortedDictionary<string, long> saved, long maxBytes, string tooLarge, CancellationToken ct)
    {
        try
        {
            await using var stream = upload.OpenReadStream();
            await using var zip = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, ct);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var name = Name(entry.Name);
                if (name.Length == 0 || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) || name.StartsWith('.'))
                {
                    continue;
                }
                if (!InterchangeFiles.IsKnown(name))
                {
                    return UnknownName(entry.Name) + " (in the .zip file)";
                }
                total += entry.Length;
                if (total > maxBytes)
                {
                    return tooLarge;
                }
                if (saved.ContainsKey(name))
                {
                    return $"The .zip file holds {name} twice: include each file once";
                }
                await using var content = await entry.OpenAsync(ct);
                saved[name] = await save(name, content);
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or NotSupportedException)
        {
            // Not a .zip at all, a damaged one, or one compressed in a way .NET cannot read: all the same to the person.
            return $"{Path.GetFileName(upload.FileName)} could not be opened as a .zip file";
        }
    }

    private static string UnknownName(string name) =>
        $"{name} is not a file the import reads: name the files candidates.csv, employers.csv, vacancies.csv and placements.csv";

    private static string Name(string fileName) => Path.GetFileName(fileName).Trim().ToLowerInvariant();
}

using System.IO.Compression;
using Employment.Core.Interchange;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>Saves uploaded CSV files (or the CSV files inside one .zip) into a folder the importer can read.</summary>
public static class UploadedDataset
{
    public const string NoFiles = "Select candidates.csv and any of employers.csv, vacancies.csv and placements.csv, or a .zip file holding them";
    public const string NoCandidates = "Include candidates.csv: every import needs it";

    /// <summary>Returns the problem in plain English, or null when the files were saved into <paramref name="folder"/>.</summary>
    public static async Task<string?> SaveAsync(IReadOnlyList<IFormFile> files, string folder, long maxBytes, CancellationToken ct)
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
        Directory.CreateDirectory(folder);
        var zips = files.Where(f => Name(f.FileName).EndsWith(".zip", StringComparison.Ordinal)).ToList();
        if (zips.Count > 0)
        {
            if (files.Count > 1)
            {
                return "Upload either one .zip file or the CSV files, not both";
            }
            var problem = await UnzipAsync(zips[0], folder, maxBytes, tooLarge, ct);
            if (problem is not null)
            {
                return problem;
            }
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Name(file.FileName);
                if (!InterchangeFiles.IsKnown(name))
                {
                    return UnknownName(Path.GetFileName(file.FileName));
                }
                if (!seen.Add(name))
                {
                    return $"You selected {name} twice: select each file once";
                }
                await using var target = File.Create(Path.Combine(folder, name));
                await file.CopyToAsync(target, ct);
            }
        }
        return File.Exists(Path.Combine(folder, InterchangeFiles.Candidates)) ? null : NoCandidates;
    }

    private static async Task<string?> UnzipAsync(IFormFile upload, string folder, long maxBytes, string tooLarge, CancellationToken ct)
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
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return $"The .zip file holds {name} twice: include each file once";
                }
                await entry.ExtractToFileAsync(path, overwrite: false, ct);
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

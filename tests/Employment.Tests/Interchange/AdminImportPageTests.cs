using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Employment.Core.Accounts;
using Employment.Core.Interchange;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Admin.Imports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Interchange;

/// <summary>
/// Uploads through the real site. Small uploads are imported during the request, so these tests see the
/// finished report; the Hangfire path is tested by queueing (Imports:InlineMaxBytes = 0) and running the job.
/// </summary>
public sealed partial class AdminImportPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] SampleFiles = Directory.GetFiles(ImportDatabase.SampleFolder(), "*.csv");

    [Fact]
    public async Task Admin_UploadsTheSample_AndSeesTheReport()
    {
        using var client = await AdminAsync(app.Factory);

        var response = await UploadAsync(client, SampleFiles, goodRowsOnly: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Loaded", page.QuerySelector("main .govuk-tag")!.TextContent.Trim());
        Assert.Contains("Every row was loaded.", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var candidates = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "candidates.csv");
        // Other tests in this class share the site's database and may have imported the sample first: then its rows are unchanged.
        var counts = candidates.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, counts[0]);
        Assert.Equal(6, counts[1] + counts[2] + counts[3]);
        Assert.Equal([0, 0], counts[4..]);
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal(6, await app.WithDbAsync(db => Task.FromResult(db.JobSeekers.Count(j => j.SourceId != null && j.SourceId.StartsWith("C0")))));

        var list = await Forms.ReadAsync(await client.GetAsync("/admin/imports"));
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task BadRows_AreListedWithFileLineAndColumn()
    {
        using var client = await AdminAsync(app.Factory);
        using var folder = DatasetFolder.Sample();
        folder.SetCell(InterchangeFiles.Vacancies, 14, "soc_code", "9999");

        var response = await UploadAsync(client, Directory.GetFiles(folder.Path), goodRowsOnly: false);

        var page = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Nothing loaded", page.QuerySelector("main .govuk-tag")!.TextContent.Trim());
        var problem = page.QuerySelectorAll("#problems tbody tr").Single();
        Assert.Equal(["vacancies.csv", "14", "soc_code", "\"9999\" is not a SOC 2020 unit group"], problem.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task AZipFile_IsImportedLikeTheFiles()
    {
        using var client = await AdminAsync(app.Factory);
        using var folder = new DatasetFolder();
        var zip = folder.File("dataset.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var file in SampleFiles)
            {
                archive.CreateEntryFromFile(file, "export/" + Path.GetFileName(file));
            }
        }

        var response = await UploadAsync(client, [zip], goodRowsOnly: true);

        var page = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Loaded", page.QuerySelector("main .govuk-tag")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(null, UploadedDataset.NoFiles)]
    [InlineData("people.csv", "people.csv is not a file the import reads: name the files candidates.csv, employers.csv, vacancies.csv and placements.csv")]
    [InlineData("employers.csv", UploadedDataset.NoCandidates)]
    public async Task WrongUploads_GetAPlainEnglishError(string? fileName, string error)
    {
        using var client = await AdminAsync(app.Factory);
        using var folder = new DatasetFolder();
        var files = new List<string>();
        if (fileName is not null)
        {
            folder.Write(fileName, "employer_id,name,dc_level\r\n");
            files.Add(folder.File(fileName));
        }

        var response = await UploadAsync(client, files, goodRowsOnly: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal([error], Forms.ErrorSummary(page));
        Assert.Equal(error, Forms.FieldError(page, "Files"));
    }

    [Fact]
    public async Task TooLargeUpload_GetsAPlainEnglishError()
    {
        using var factory = app.Factory.WithWebHostBuilder(host => host.UseSetting("Imports:MaxUploadMegabytes", "0"));
        using var client = await AdminAsync(factory);

        var response = await UploadAsync(client, SampleFiles, goodRowsOnly: false);

        var page = await Forms.ReadAsync(response);
        Assert.Equal(["The files must be 0 MB or smaller in total"], Forms.ErrorSummary(page));
    }

    [Fact]
    public async Task LargerUploads_RunAsABackgroundJob_AndThePageRefreshesUntilDone()
    {
        using var factory = app.Factory.WithWebHostBuilder(host => host.UseSetting("Imports:InlineMaxBytes", "0"));
        using var client = await AdminAsync(factory);

        var response = await UploadAsync(client, SampleFiles, goodRowsOnly: false);
        var waiting = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location));
        var notRefreshing = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location + "?refresh=off"));

        Assert.Equal("Waiting to start", waiting.QuerySelector("main .govuk-tag")!.TextContent.Trim());
        Assert.Equal("5", waiting.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Null(notRefreshing.QuerySelector("meta[http-equiv=refresh]"));

        // The upload is kept in the database, where any worker can read it, never in this machine's folders.
        var runId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Empty(Directory.Exists(ImportsFolder) ? Directory.GetDirectories(ImportsFolder, $"{runId:N}*") : []);
        Assert.True(await app.WithDbAsync(db => db.ImportUploadChunks.AnyAsync(c => c.RunId == runId && c.FileName == "candidates.csv")));
        Assert.NotNull(await app.WithDbAsync(db => db.ImportRuns.Where(r => r.Id == runId).Select(r => r.JobId).SingleAsync()));

        // Hangfire's server is off in tests: run the queued job as its worker would.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<ImportJob>(scope.ServiceProvider).RunAsync(runId, false, null, CancellationToken.None);
        }
        var done = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location));

        Assert.Equal("Loaded", done.QuerySelector("main .govuk-tag")!.TextContent.Trim());
        Assert.Null(done.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Empty(Directory.Exists(ImportsFolder) ? Directory.GetDirectories(ImportsFolder, $"{runId:N}*") : []);
        Assert.False(await app.WithDbAsync(db => db.ImportUploadChunks.AnyAsync(c => c.RunId == runId)));
        Assert.Equal(["Uploaded and waiting to start", $"Started on {Environment.MachineName}", "Finished: Loaded"],
            done.QuerySelectorAll("#history tbody tr td:last-child").Select(td => td.TextContent.Trim()));
    }

    private static readonly string ImportsFolder = Path.Combine(Path.GetTempPath(), "employment-imports");

    [Theory]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    public async Task OnlyAdmins_MayImport(string role)
    {
        var user = await app.CreateUserAsync(role);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        var page = await client.GetAsync("/admin/imports/new");
        var upload = await client.PostAsync("/admin/imports/new", new MultipartFormDataContent());

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/access-denied", upload.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<HttpClient> AdminAsync(WebApplicationFactory<Program> factory)
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<string> files, bool goodRowsOnly)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, "/admin/imports/new");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(goodRowsOnly ? "true" : "false"), "GoodRowsOnly" },
        };
        foreach (var file in files)
        {
            var part = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            part.Headers.ContentType = new MediaTypeHeaderValue(file.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "text/csv");
            content.Add(part, "Files", Path.GetFileName(file));
        }
        return await client.PostAsync("/admin/imports/new", content);
    }
}

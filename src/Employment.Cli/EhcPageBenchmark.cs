using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Employment.Cli;

/// <summary>
/// Times one plan through the site's page, as a coach would: the upload (multipart) until the review page with the draft
/// is shown. Runs against a site that is already running, signed in as a coach.
/// </summary>
internal static partial class EhcPageBenchmark
{
    public static Command Create()
    {
        var site = new Option<string>("--site") { Description = "The running site, e.g. http://localhost:5000.", Required = true };
        var email = new Option<string>("--email") { Description = "A coach's email address.", Required = true };
        var password = new Option<string>("--password") { Description = "The coach's password.", Required = true };
        var plan = new Option<FileInfo>("--plan") { Description = "A .docx or .pdf plan to upload.", Required = true };
        var times = new Option<int>("--times") { Description = "How many uploads to time.", DefaultValueFactory = _ => 5 };
        var command = new Command("ehc-page", "Time one EHC plan through the upload page until the review page is shown.");
        command.Options.Add(site);
        command.Options.Add(email);
        command.Options.Add(password);
        command.Options.Add(plan);
        command.Options.Add(times);
        command.SetAction(async (parse, ct) =>
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(parse.GetValue(site)!) };
            using var signIn = await PostFormAsync(client, "/sign-in", new() { ["Email"] = parse.GetValue(email)!, ["Password"] = parse.GetValue(password)! }, ct);
            if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.ToString().Contains("sign-in", StringComparison.Ordinal) == true)
            {
                await Console.Error.WriteLineAsync("Could not sign in as that coach.");
                return 1;
            }
            var file = parse.GetValue(plan)!;
            var bytes = await File.ReadAllBytesAsync(file.FullName, ct);
            var timings = new List<double>();
            for (var i = 0; i < parse.GetValue(times); i++)
            {
                var token = await TokenAsync(client, "/job-seekers/plan", ct);
                var clock = Stopwatch.StartNew();
                using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                content.Add(part, "Plan", file.Name);
                using var uploaded = await client.PostAsync("/job-seekers/plan", content, ct);
                if (uploaded.StatusCode != HttpStatusCode.Redirect)
                {
                    await Console.Error.WriteLineAsync($"{file.Name} was not read: the page answered {(int)uploaded.StatusCode}.");
                    return 1;
                }
                using var review = await client.GetAsync(uploaded.Headers.Location, ct);
                await review.Content.ReadAsStringAsync(ct);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
            timings.Sort();
            Console.WriteLine($"One plan through the page ({file.Name}, {bytes.Length / 1024:N0} KB), upload to draft shown: median {timings[timings.Count / 2]:0} ms, slowest {timings[^1]:0} ms over {timings.Count} uploads.");
            return 0;
        });
        return command;
    }

    private static async Task<string> TokenAsync(HttpClient client, string path, CancellationToken ct)
    {
        var page = await client.GetStringAsync(path, ct);
        return TokenPattern().Match(page).Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, CancellationToken ct)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, path, ct);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields), ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

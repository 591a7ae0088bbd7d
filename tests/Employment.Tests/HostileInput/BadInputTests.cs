using System.Net;
using System.Net.Http.Headers;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Employment.Web.Infrastructure.Faults;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.HostileInput;

/// <summary>Each kind of bad input the fault tests found, answered with a plain message and nothing saved.</summary>
public sealed class BadInputTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    [Theory]
    [InlineData("0000")]
    [InlineData("9999")]
    [InlineData("1899")]
    [InlineData("2101")]
    public void AYearOutsideTheServicesRange_IsRefusedNotThrown(string year)
    {
        var (date, error) = new DateParts { Day = "29", Month = "2", Year = year }.Parse("the date");
        Assert.Null(date);
        Assert.Equal("The date must be between 1900 and 2100", error);
    }

    [Fact]
    public async Task ATenThousandCharacterEmail_IsAFieldError_NotADatabaseError()
    {
        using var admin = await SignedInAsync(Roles.Admin);
        var email = new string('a', 9_980) + "@example.test";

        using var response = await Forms.PostAsync(admin, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Long Email", ["Email"] = email, ["Role"] = Roles.Coach, ["EmployerId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This answer must be 256 characters or fewer", Forms.FieldError(await Forms.ReadAsync(response), "Email"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.DisplayName == "Long Email")));
    }

    [Fact]
    public async Task ANulInAFormField_IsAPlain400_AndNothingIsSaved()
    {
        using var admin = await SignedInAsync(Roles.Admin);
        var address = $"nul-{Guid.NewGuid():N}@example.test";

        using var response = await Forms.PostAsync(admin, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Sam\0Null", ["Email"] = address, ["Role"] = Roles.Coach, ["EmployerId"] = "",
        });

        Assert.InRange((int)response.StatusCode, 400, 499);
        var page = await Forms.ReadAsync(response);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain("Error:", page.Title, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == address)));
    }

    [Theory]
    [InlineData("Bell\u0007")]
    [InlineData("Tab\u0001and start of heading")]
    [InlineData("Replacement \uFFFD character")]
    public async Task ControlCharactersOrUnreadableText_AreAFieldError(string name)
    {
        using var admin = await SignedInAsync(Roles.Admin);

        using var response = await Forms.PostAsync(admin, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = name, ["Email"] = $"control-{Guid.NewGuid():N}@example.test", ["Role"] = Roles.Coach, ["EmployerId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TypedTextBinder.Unreadable, Forms.FieldError(await Forms.ReadAsync(response), "FullName"));
    }

    [Fact]
    public async Task InvalidUtf8Bytes_AreAFieldError_AndNothingIsSaved()
    {
        using var admin = await SignedInAsync(Roles.Admin);
        var token = await Forms.AntiforgeryTokenAsync(admin, "/admin/users/invite");
        var address = $"bytes-{Guid.NewGuid():N}@example.test";
        byte[] body = [.. System.Text.Encoding.ASCII.GetBytes($"__RequestVerificationToken={token}&Role=coach&Email={Uri.EscapeDataString(address)}&FullName=Bad"), 0xC3, 0x28, 0xFF];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await admin.PostAsync("/admin/users/invite", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TypedTextBinder.Unreadable, Forms.FieldError(await Forms.ReadAsync(response), "FullName"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == address)));
    }

    [Fact]
    public async Task HourlyPayOfNinetyNineMillion_IsAFieldError()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var client = await SignedInAsync(coach);
        var placement = await app.TestData.CreatePlacementAsync(p => p.ByCoach(coach.Id).IntroducedOn(Today.AddDays(-20))
            .Then(PlacementEventType.Interviewed, Today.AddDays(-15)).Then(PlacementEventType.Offered, Today.AddDays(-10)));
        var form = $"/placements/{placement.Id}/started";

        using var response = await Forms.PostAsync(client, form, form, new Dictionary<string, string>
        {
            ["OccurredOn.Day"] = Today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OccurredOn.Month"] = Today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OccurredOn.Year"] = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HoursPerWeek"] = "16",
            ["HourlyPay"] = "99999999",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hourly pay must be less than £10,000 an hour", Forms.FieldError(await Forms.ReadAsync(response), "HourlyPay"));
    }

    [Fact]
    public async Task AValueThatDoesNotFitItsColumn_IsRefusedBeforeTheDatabase_WithAPlainMessage()
    {
        var placement = await app.TestData.CreatePlacementAsync();
        var refused = await Assert.ThrowsAsync<ValueDoesNotFitException>(() => app.WithDbAsync(async db =>
        {
            db.PlacementEvents.Add(new PlacementEvent { PlacementId = placement.Id, Type = PlacementEventType.RoleChanged, OccurredOn = Today, Role = new string('r', 201), RecordedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal("Role must be 200 characters or fewer", refused.Message);
        var tooMuch = await Assert.ThrowsAsync<ValueDoesNotFitException>(() => app.WithDbAsync(async db =>
        {
            db.PlacementEvents.Add(new PlacementEvent { PlacementId = placement.Id, Type = PlacementEventType.PayChanged, OccurredOn = Today, HourlyPay = 99_999_999m, RecordedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal("Hourly pay must be less than 10,000", tooMuch.Message);
        Assert.Equal(400, Fault.Of(new DbUpdateException("wrapped", tooMuch))!.Status);
    }

    [Fact]
    public async Task AFileNamedZipThatIsNotOne_IsAPlainMessage_AndLeavesNoFolder()
    {
        using var admin = await SignedInAsync(Roles.Admin);
        var imports = Path.Combine(Path.GetTempPath(), "employment-imports");
        var before = Directory.Exists(imports) ? Directory.GetDirectories(imports).ToHashSet() : [];
        var token = await Forms.AntiforgeryTokenAsync(admin, "/admin/imports/new");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("false"), "GoodRowsOnly" },
        };
        var part = new ByteArrayContent("candidate_id,first_name\nC1,Sam\n"u8.ToArray());
        part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(part, "Files", "dataset.zip");

        using var response = await admin.PostAsync("/admin/imports/new", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dataset.zip could not be opened as a .zip file", Forms.FieldError(await Forms.ReadAsync(response), "Files"));
        var left = Directory.Exists(imports) ? Directory.GetDirectories(imports).Where(d => !before.Contains(d) && !Directory.EnumerateFileSystemEntries(d).Any()).ToList() : [];
        Assert.Empty(left);
    }

    [Fact]
    public async Task InDevelopmentToo_BadInputShowsThePlainPage_NotAStackTrace()
    {
        using var site = app.Factory.WithWebHostBuilder(host => host.UseEnvironment("Development"));
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var admin = await app.CreateUserAsync(Roles.Admin);
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
        var token = await Forms.AntiforgeryTokenAsync(client, "/admin/users/invite");
        using var content = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes($"__RequestVerificationToken={token}&FullName=" + new string('y', 5_000_000)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/admin/users/invite", content);

        Assert.InRange((int)response.StatusCode, 400, 499);
        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string role) => await SignedInAsync(await app.CreateUserAsync(role));

    private async Task<HttpClient> SignedInAsync(AppUser user)
    {
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return client;
    }
}

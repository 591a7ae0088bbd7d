using Employment.Tests.Infrastructure;

namespace Employment.Tests.EmployersAndOpportunities;

/// <summary>Posts a form whose fields may repeat (checkboxes), with the antiforgery token from the page at <c>formPage</c>.</summary>
public static class FormPost
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, formPage);
        using var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }
}

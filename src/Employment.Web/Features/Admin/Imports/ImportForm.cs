namespace Employment.Web.Features.Admin.Imports;

public sealed class ImportForm
{
    /// <summary>Bound by hand from the request, so that an upload that is too large gets a plain-English error rather than a failed request.</summary>
    public IReadOnlyList<IFormFile> Files { get; set; } = [];

    public bool GoodRowsOnly { get; set; }
}

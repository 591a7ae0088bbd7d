namespace Employment.Web.Features.Admin.Users;

public sealed class CouncilForm
{
    public int? LocalAuthorityId { get; set; }
}

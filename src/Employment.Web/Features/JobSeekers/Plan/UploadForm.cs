namespace Employment.Web.Features.JobSeekers.Plan;

public sealed class UploadForm
{
    public IFormFile? Plan { get; set; }
}

using Employment.Core.EhcPlans;
using Employment.Core.EhcPlans.Text;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Plan;

public sealed class UploadFormValidator : AbstractValidator<UploadForm>
{
    public UploadFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Plan)
            .NotNull().WithMessage("Choose the EHC plan to upload")
            .Must(f => f!.Length > 0).WithMessage(f => $"{Name(f.Plan)} is empty")
            .Must(f => EhcPlanReader.Extensions.Contains(Path.GetExtension(f!.FileName).ToLowerInvariant()))
                .WithMessage(f => $"{Name(f.Plan)} could not be read: only Word (.docx) and PDF files can be read")
            .Must(f => f!.Length <= PlanFileLimits.MaxFileBytes)
                .WithMessage(f => $"{Name(f.Plan)} could not be read: it is {PlanFileLimits.Megabytes(f.Plan!.Length)}, and plans larger than {PlanFileLimits.Megabytes(PlanFileLimits.MaxFileBytes)} are not read");
    }

    public static string Name(IFormFile? file) => Path.GetFileName(file?.FileName ?? "The file");
}

using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Matching;

/// <summary>A proposal's date: that it can be read, then the rule as <see cref="PlacementRecorder.CheckProposalDate"/> has it. The context is the person.</summary>
public sealed class ProposeFormValidator : AbstractValidator<ProposeForm>
{
    public ProposeFormValidator(PlacementRecorder recorder)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.IntroducedOn).Custom((parts, validation) =>
        {
            if (parts.Parse(ProposeForm.DateName).Error is { } error)
            {
                validation.AddFailure(error);
                return;
            }
            if (recorder.CheckProposalDate(validation.FormContext<JobSeeker>(), parts.Parse(ProposeForm.DateName).Date!.Value) is { } problem)
            {
                validation.AddFailure(problem.Message);
            }
        }).When(f => f.Dated);
    }
}

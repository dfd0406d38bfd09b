using System.ComponentModel.DataAnnotations;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// A name as typed at the kiosk: something besides spaces, and no longer than the hub takes once
/// trimmed. The error messages are strings keys, worded in the patient's language by the flow.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatientNameAttribute(string missingKey, string tooLongKey) : ValidationAttribute
{
    public string MissingKey { get; } = missingKey;

    public string TooLongKey { get; } = tooLongKey;

    public static string? Problem(string? name, string missingKey, string tooLongKey) =>
        string.IsNullOrWhiteSpace(name) ? missingKey
        : name.Trim().Length > EntryViewModel.MaxNameLength ? tooLongKey
        : null;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return Problem(value as string, MissingKey, TooLongKey) is { } problem
            ? new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}

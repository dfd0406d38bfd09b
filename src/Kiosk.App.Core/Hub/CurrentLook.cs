using Kiosk.Contracts.Clinic;

namespace Kiosk.App.Core.Hub;

/// <summary>
/// The clinic's name, colour, logo and time format as the hub last told this kiosk; until it has,
/// the name from the kiosk's own settings. One per kiosk, read by every screen session.
/// </summary>
public sealed class CurrentLook(ClinicLook initial)
{
    private ClinicLook _value = initial;

    public ClinicLook Value => Volatile.Read(ref _value);

    public event Action<ClinicLook>? Changed;

    public void Take(ClinicLook look)
    {
        if (Interlocked.Exchange(ref _value, look) != look)
        {
            Changed?.Invoke(look);
        }
    }
}

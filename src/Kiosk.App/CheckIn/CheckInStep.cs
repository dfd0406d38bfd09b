namespace Kiosk.App.CheckIn;

public enum CheckInStep
{
    Welcome,
    FindAppointment,
    Confirm,
    Done,
}

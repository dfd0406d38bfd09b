namespace Kiosk.App.CheckIn;

public enum CheckInStep
{
    /// <summary>The attract screen: lobby media, "Touch to check in" in each language.</summary>
    Welcome,
    FindAppointment,
    Confirm,
    WalkInReason,
    WalkInDetails,

    /// <summary>"Is there anything we should know today?" (optional), then the check-in is sent.</summary>
    Needs,
    Done,

    /// <summary>"I have a question" from the ticket screen: topic, words, how to answer; back to the ticket after.</summary>
    Question,
}

/// <summary>The box the on-screen keyboard types into.</summary>
public enum EntryField
{
    FirstName,
    LastName,
    BirthDay,
    BirthMonth,
    BirthYear,

    /// <summary>"Something else" on the care step: a short free text.</summary>
    Note,
}

/// <summary>What the last appointment search said, so the screen can offer the right ways on.</summary>
public enum FindProblem
{
    None,
    NotFound,
    SeeDesk,
    GetHelp,
}

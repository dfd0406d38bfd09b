namespace Kiosk.App.Core.CheckIn;

public enum CheckInStep
{
    /// <summary>The attract screen: lobby media, "Touch to check in" in each language.</summary>
    Welcome,
    FindAppointment,

    /// <summary>"I have a confirmation code": the code from the reminder letter, typed or scanned.</summary>
    Code,
    Confirm,

    /// <summary>Too early or too late to check in at the kiosk: when to come back, or see the desk.</summary>
    NotNow,
    WalkInReason,
    WalkInDetails,

    /// <summary>"Is there anything we should know today?" (optional), then the check-in is sent.</summary>
    Needs,
    Done,

    /// <summary>Checked in while the hub is out of reach: kept in the outbox, the desk will see it in a moment; no ticket code or wait yet.</summary>
    Queued,

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

    /// <summary>The confirmation code: only the code's own letters and digits.</summary>
    Code,
}

/// <summary>What the last appointment search said, so the screen can offer the right ways on.</summary>
public enum FindProblem
{
    None,
    NotFound,

    /// <summary>The first letters typed do not tell today's patients with that birth date apart: "Type one more letter".</summary>
    OneMoreLetter,
    SeeDesk,
    GetHelp,

    /// <summary>A confirmation code that matches nothing today: try again, use my name instead, or get help.</summary>
    CodeNotFound,

    /// <summary>Too many tries at this kiosk (from an older hub): see the desk.</summary>
    TooManyTries,

    /// <summary>Several wrong codes or names in this session: "Please wait N seconds and try again" (or try again, or get help).</summary>
    TryAgainSoon,
    TooEarly,
    TooLate,

    /// <summary>The hub is out of reach and the kiosk has no copy of today's appointments: see the desk, or check in as a walk-in.</summary>
    NoCopy,
}

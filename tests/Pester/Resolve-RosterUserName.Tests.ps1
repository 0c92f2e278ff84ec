#Requires -Version 5.1
# Resolve-RosterUserName: the names the policy gives, one person or everyone, honouring names taken in the directory.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $District = Join-Path (Join-Path (Join-Path $RepoRoot 'examples') 'data') 'oneroster-1.2'
    $Policy = Join-Path (Join-Path (Join-Path $RepoRoot 'examples') 'policies') 'district.policy.yaml'
    $Today = [datetime]'2026-11-21'
    $Roster = Import-OneRoster -Path $District -WarningAction SilentlyContinue
    $All = @(Resolve-RosterUserName -Roster $Roster -Policy $Policy -Today $Today)
}

Describe 'Resolve-RosterUserName' {
    It 'previews everyone the policy manages, with the names a plan gives them' {
        $All[0] | Get-TypeName | Should -Be 'RosterTools.Planning.NamePreview'
        $plan = @() | New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today
        $creates = @($plan.Actions | Where-Object { $_.Action.ToString() -eq 'Create' })
        $All.Count | Should -Be $creates.Count
        foreach ($create in $creates | Select-Object -First 50) {
            $preview = $All | Where-Object SourcedId -eq $create.SourcedId
            $preview.Username | Should -Be $create.SamAccountName
            $preview.UserPrincipalName | Should -Be $create.UserPrincipalName
            $preview.Path | Should -Be $create.Path
            $preview.Status.ToString() | Should -Be 'New'
        }
    }

    It 'gives one person the name the whole roster would give them' {
        $last = $All[-1]
        $one = @(Resolve-RosterUserName -Path $District -Policy $Policy -Today $Today -SourcedId $last.SourcedId -WarningAction SilentlyContinue)
        $one.Count | Should -Be 1
        $one[0].Username | Should -Be $last.Username
    }

    It 'takes users from the pipeline by their SourcedId' {
        $users = @($Roster.Users | Where-Object { $All.SourcedId -contains $_.SourcedId } | Select-Object -First 2)
        $previews = @($users | Resolve-RosterUserName -Roster $Roster -Policy $Policy -Today $Today)
        @($previews | ForEach-Object SourcedId) | Should -Be @($users | ForEach-Object SourcedId)
    }

    It 'honours a name the directory has taken, and says who took it' {
        $first = $All[0]
        $taken = @{ SamAccountName = $first.Username; UserPrincipalName = 'someone.else@example.org'; EmployeeID = 'someone-else' }
        $preview = Resolve-RosterUserName -Roster $Roster -Policy $Policy -Today $Today -SourcedId $first.SourcedId -Directory $taken
        $preview.Username | Should -Not -Be $first.Username
        $note = @($preview.Findings | Where-Object Code -eq 'NameCollision')
        $note.Count | Should -Be 1
        $note[0].Message | Should -Match 'an existing account'
    }

    It 'keeps the names of an existing account' {
        $first = $All[0]
        $account = @{ SamAccountName = 'kept.name'; UserPrincipalName = 'kept.name@example.org'; EmployeeID = $first.Anchor }
        $preview = Resolve-RosterUserName -Roster $Roster -Policy $Policy -Today $Today -SourcedId $first.SourcedId -Directory $account
        $preview.Status.ToString() | Should -Be 'Existing'
        $preview.Username | Should -Be 'kept.name'
    }

    It 'writes RosterUserNotInRoster for a sourcedId the roster does not have' {
        $previews = Resolve-RosterUserName -Roster $Roster -Policy $Policy -SourcedId 'no-such-person' -ErrorVariable problems -ErrorAction SilentlyContinue
        $previews | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'RosterUserNotInRoster*'
    }

    It 'formats previews as a table' {
        ($All | Select-Object -First 3 | Format-Table | Out-String) | Should -Match 'UserPrincipalName'
    }
}

#Requires -Version 5.1
# New-RosterPlan: a first run, directory accounts from the pipeline (AD-, Graph-, CSV- and hashtable-shaped), the saved
# plan, the safety limits, errors, and Create actions bound by property name the way New-ADUser binds them.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $District = Join-Path (Join-Path (Join-Path $RepoRoot 'examples') 'data') 'oneroster-1.2'
    $Policy = Join-Path (Join-Path (Join-Path $RepoRoot 'examples') 'policies') 'district.policy.yaml'
    $Today = [datetime]'2026-11-21'
    $Roster = Import-OneRoster -Path $District -WarningAction SilentlyContinue
    $FirstRun = @() | New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today

    function ConvertTo-AdUser {
        # What Get-ADUser -Properties employeeID, mail, memberOf gives for the accounts a plan creates.
        param($Plan)
        $groups = @{}
        foreach ($action in $Plan.Actions | Where-Object { $_.Action.ToString() -eq 'AddMember' }) {
            if (-not $groups.ContainsKey($action.Account)) { $groups[$action.Account] = New-Object System.Collections.Generic.List[string] }
            $groups[$action.Account].Add("CN=$($action.Group),OU=Groups,DC=sanlorenzovalley,DC=k12,DC=example,DC=org")
        }

        foreach ($create in $Plan.Actions | Where-Object { $_.Action.ToString() -eq 'Create' }) {
            $memberOf = @()
            if ($groups.ContainsKey($create.Account)) { $memberOf = $groups[$create.Account].ToArray() }
            [pscustomobject]@{
                SamAccountName    = $create.SamAccountName
                UserPrincipalName = $create.UserPrincipalName
                mail              = $create.EmailAddress
                GivenName         = $create.GivenName
                Surname           = $create.Surname
                DisplayName       = $create.DisplayName
                Enabled           = $true
                DistinguishedName = "CN=$($create.Name),$($create.Path)"
                ObjectGUID        = [guid]::NewGuid()
                employeeID        = $create.EmployeeID
                MemberOf          = $memberOf
                Licenses          = @($Plan.Actions | Where-Object { $_.Action.ToString() -eq 'AssignLicense' -and $_.Account -eq $create.Account } | ForEach-Object License)
            }
        }
    }
}

Describe 'New-RosterPlan' {
    It 'plans a first run against an empty directory: a Create per person, no findings' {
        $FirstRun | Get-TypeName | Should -Be 'RosterTools.Planning.Plan'
        $creates = @($FirstRun.Actions | Where-Object { $_.Action.ToString() -eq 'Create' })
        $creates.Count | Should -Be $FirstRun.Summary.ManagedPeople
        $creates.Count | Should -BeGreaterThan 600
        $FirstRun.Findings.Count | Should -Be 0
        $FirstRun.Blocked | Should -BeFalse
        $FirstRun.Today | Should -Be $Today
        $FirstRun.Actions[0] | Get-TypeName | Should -Be 'RosterTools.Planning.PlanAction'
    }

    It 'reads the bundle itself with -Path' {
        $plan = @() | New-RosterPlan -Path $District -Policy $Policy -Today $Today -WarningAction SilentlyContinue
        $plan.Actions.Count | Should -Be $FirstRun.Actions.Count
    }

    It 'plans nothing against the accounts the first run made, piped as Get-ADUser objects' {
        $accounts = @(ConvertTo-AdUser $FirstRun)
        $plan = $accounts | New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today
        $plan.Actions.Count | Should -Be 0
        $plan.Summary.ManagedAccounts | Should -Be $accounts.Count
    }

    It 'plans only what changed in the directory' {
        $accounts = @(ConvertTo-AdUser $FirstRun)
        $renamed = $accounts[1]
        $renamed.DisplayName = 'Somebody Else'
        $gone = $accounts[0]
        $rest = @($accounts | Select-Object -Skip 1)
        $plan = New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today -Directory $rest
        @($plan.Actions | Where-Object { $_.Action.ToString() -eq 'Create' } | ForEach-Object SamAccountName) | Should -Be @($gone.SamAccountName)
        $update = @($plan.Actions | Where-Object { $_.Action.ToString() -eq 'Update' })
        $update.Count | Should -Be 1
        $update[0].Account | Should -Be $renamed.SamAccountName
        $update[0].Changes[0].Before | Should -Be 'Somebody Else'
    }

    It 'takes Entra users by property name (Get-MgUser), hashtables and Import-Csv rows' {
        $creates = @($FirstRun.Actions | Where-Object { $_.Action.ToString() -eq 'Create' } | Select-Object -First 3)
        $graph = [pscustomobject]@{ Id = [guid]::NewGuid().ToString(); UserPrincipalName = $creates[0].UserPrincipalName; MailNickname = $creates[0].SamAccountName; AccountEnabled = $true; EmployeeId = $creates[0].EmployeeID }
        $hashtable = @{ SamAccountName = $creates[1].SamAccountName; UserPrincipalName = $creates[1].UserPrincipalName; EmployeeID = $creates[1].EmployeeID; Enabled = 'True' }
        $csv = Join-Path $TestDrive 'one.csv'
        [pscustomobject]@{ SamAccountName = $creates[2].SamAccountName; UserPrincipalName = $creates[2].UserPrincipalName; EmployeeID = $creates[2].EmployeeID; Enabled = 'True' } | Export-Csv -Path $csv -NoTypeInformation
        $plan = @($graph, $hashtable) + @(Import-Csv -Path $csv) | New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today
        $created = @($plan.Actions | Where-Object { $_.Action.ToString() -eq 'Create' } | ForEach-Object EmployeeID)
        foreach ($create in $creates) {
            $created | Should -Not -Contain $create.EmployeeID
        }

        $created.Count | Should -Be ($FirstRun.Summary.ManagedPeople - 3)
    }

    It 'reads a directory CSV named by -Directory' {
        $csv = Join-Path $TestDrive 'accounts.csv'
        ConvertTo-AdUser $FirstRun | Select-Object SamAccountName, UserPrincipalName, mail, GivenName, Surname, DisplayName, Enabled, DistinguishedName, employeeID, @{ Name = 'MemberOf'; Expression = { ($_.MemberOf) -join ';' } }, @{ Name = 'Licenses'; Expression = { ($_.Licenses) -join ';' } } |
            Export-Csv -Path $csv -NoTypeInformation
        $plan = New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today -Directory $csv
        $plan.Actions.Count | Should -Be 0
        $plan.Inputs.DirectorySource | Should -BeLike '*accounts.csv'
    }

    It 'saves the plan with -OutFile, and not with -WhatIf' {
        $file = Join-Path $TestDrive 'plan.json'
        $skipped = Join-Path $TestDrive 'skipped.json'
        $null = @() | New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today -OutFile $file
        $null = @() | New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today -OutFile $skipped -WhatIf
        Test-Path -LiteralPath $skipped | Should -BeFalse
        $json = Get-Content -LiteralPath $file -Raw | ConvertFrom-Json
        $json.format | Should -Be 'rostertools-plan'
        @($json.actions).Count | Should -Be $FirstRun.Actions.Count
        $json.today | Should -Be '2026-11-21'
    }

    It 'binds Create actions to New-ADUser parameters by property name' {
        function New-FakeADUser {
            # The parameters of New-ADUser that a Create action fills.
            [CmdletBinding()]
            param(
                [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)][string] $Name,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $SamAccountName,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $UserPrincipalName,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $GivenName,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $Surname,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $DisplayName,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $EmailAddress,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $Path,
                [Parameter(ValueFromPipelineByPropertyName = $true)][string] $EmployeeID,
                [Parameter(ValueFromPipelineByPropertyName = $true)][bool] $Enabled
            )
            process { [pscustomobject]@{ Name = $Name; Sam = $SamAccountName; Upn = $UserPrincipalName; Path = $Path; EmployeeID = $EmployeeID; Enabled = $Enabled } }
        }

        $create = $FirstRun.Actions | Where-Object { $_.Action.ToString() -eq 'Create' } | Select-Object -First 1
        $bound = $create | New-FakeADUser
        $bound.Name | Should -Be $create.SamAccountName
        $bound.Sam | Should -Be $create.SamAccountName
        $bound.Upn | Should -Be $create.UserPrincipalName
        $bound.Path | Should -BeLike 'OU=*,DC=sanlorenzovalley,DC=k12,DC=example,DC=org'
        $bound.EmployeeID | Should -Be $create.SourcedId
        $bound.Enabled | Should -BeTrue
    }

    It 'writes RosterPlanBlocked and still outputs a plan that breaks a safety limit' {
        $strangers = 1..50 | ForEach-Object { [pscustomobject]@{ SamAccountName = "left$_"; EmployeeID = "left-$_"; Enabled = $true; DistinguishedName = "CN=left$_,OU=Grade 09,OU=Students,OU=Ellen Ochoa High School,OU=Schools,DC=sanlorenzovalley,DC=k12,DC=example,DC=org" } }
        $accounts = @(ConvertTo-AdUser $FirstRun) + @($strangers)
        $plan = $accounts | New-RosterPlan -Roster $Roster -Policy $Policy -Today $Today -ErrorVariable problems -ErrorAction SilentlyContinue
        $plan.Blocked | Should -BeTrue
        $plan.BlockedReasons.Count | Should -BeGreaterThan 0
        @($problems | Where-Object { $_.FullyQualifiedErrorId -like 'RosterPlanBlocked*' }).Count | Should -Be 1
    }

    It 'refuses to plan without any directory input' {
        { New-RosterPlan -Roster $Roster -Policy $Policy } | Should -Throw -ErrorId 'RosterDirectoryMissing'
    }

    It 'makes no plan when a directory object cannot be an account' {
        $bad = [pscustomobject]@{ SamAccountName = 'x'; Enabled = 'maybe' }
        $plan = $bad | New-RosterPlan -Roster $Roster -Policy $Policy -ErrorVariable problems -ErrorAction SilentlyContinue
        $plan | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'RosterDirectoryObjectInvalid*'
    }

    It 'names the line of a mistake in the policy' {
        $broken = Join-Path $TestDrive 'broken.policy.yaml'
        Set-Content -LiteralPath $broken -Value "name: broken`nnaming:`n  student:`n    maxLenght: 12"
        $plan = @() | New-RosterPlan -Roster $Roster -Policy $broken -ErrorVariable problems -ErrorAction SilentlyContinue
        $plan | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'RosterPolicyInvalid*'
        $problems[0].Exception.Message | Should -Match 'maxLenght'
        $problems[0].Exception.Message | Should -Match '4'
    }

    It 'formats a plan and its actions as tables' {
        ($FirstRun | Format-Table | Out-String) | Should -Match 'Create'
        ($FirstRun.Actions | Select-Object -First 3 | Format-Table | Out-String) | Should -Match 'Reason'
    }
}

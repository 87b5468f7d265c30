// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {InferenceBase} from "./utils/InferenceBase.sol";
import {InferenceHandler} from "./handlers/InferenceHandler.sol";
import {InferenceDispute} from "../src/OvigInference.sol";
import {DisputeStatus, Outcome} from "../src/OvigTypes.sol";

/// @notice Invariants of OvigInference under the adversarial InferenceHandler.
contract InferenceInvariantsTest is InferenceBase {
    InferenceHandler internal h;
    uint256 internal job;

    function setUp() public override {
        super.setUp();
        job = servingJob();
        h = new InferenceHandler(reg, inf, job, provider, arbKeys);
        targetContract(address(h));
    }

    function afterInvariant() public {
        emit log_named_uint("disputes opened", h.opened());
        emit log_named_uint("resolved honest", h.resolvedHonest());
        emit log_named_uint("resolved fraud", h.resolvedFraud());
    }

    /// @dev Every wei the contract holds is owed: credits, open bonds, live or forfeited commitments.
    function invariant_solvent() public view {
        assertEq(address(inf).balance, h.ghostIn() - h.ghostOut(), "balance = in - out");
        uint256 owed = h.ghostOpenBonds() + h.ghostLiveCommitBonds() + inf.forfeited() + inf.credits(provider);
        address[] memory a = h.actorList();
        for (uint256 i; i < a.length; i++) {
            owed += inf.credits(a[i]);
        }
        for (uint256 i; i < arbAddrs.length; i++) {
            owed += inf.credits(arbAddrs[i]);
        }
        assertEq(address(inf).balance, owed, "balance = owed");
    }

    /// @dev Truthful majority: an honest record never slashes, a minority never decides, a settle
    /// never escapes an open dispute, no dispute outlives the job's window.
    function invariant_onlyFraudSlashes() public view {
        assertFalse(h.slashedOnHonestRecord(), "slashed on an honest record");
        assertFalse(h.wrongOutcomeApplied(), "a corrupt minority decided");
        assertFalse(h.slashedWithoutFraud(), "settled with a dispute open");
        assertFalse(h.lateDeadline(), "a dispute deadline after windowEnd");
    }

    /// @dev Outcomes on chain match the truth, and the open-dispute counter matches the ghosts.
    function invariant_outcomesMatchTruth() public view {
        assertEq(inf.terms(job).openDisputes, h.ghostOpen(), "open disputes");
        uint256[] memory ds = h.disputeList();
        for (uint256 i; i < ds.length; i++) {
            InferenceDispute memory d = inf.dispute(ds[i]);
            if (d.status != DisputeStatus.Resolved) continue;
            bool bad = h.fraudulent(d.batch, d.record);
            assertEq(uint8(d.outcome), bad ? uint8(Outcome.Fraud) : uint8(Outcome.Honest), "outcome");
        }
    }
}

contract InferenceHandlerSmokeTest is InferenceBase {
    function test_handlerSequence() public {
        uint256 job = servingJob();
        InferenceHandler h = new InferenceHandler(reg, inf, job, provider, arbKeys);
        h.commit(2, 0x0000000F);
        h.commitChallenge(1, 0, 0);
        h.reveal(0, false);
        assertEq(h.opened(), 1, "opened");
        h.resolveCorrupt(0, false);
        h.resolveTruthfully(0);
        assertEq(h.resolvedFraud(), 1, "fraud");
    }
}
